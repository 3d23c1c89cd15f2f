/** Personal data: erasing a trainee's data on request. */
@NullMarked
package com.rapport.privacy;

import org.jspecify.annotations.NullMarked;
