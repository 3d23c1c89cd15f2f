/** Small helpers that every feature may use (the package is open to all features). */
@NullMarked
package com.rapport.shared;

import org.jspecify.annotations.NullMarked;
