@NullMarked
package com.rapport;

import org.jspecify.annotations.NullMarked;
