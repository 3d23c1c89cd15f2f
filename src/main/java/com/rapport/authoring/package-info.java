@NullMarked
package com.rapport.authoring;

import org.jspecify.annotations.NullMarked;
