@NullMarked
package com.rapport.practice;

import org.jspecify.annotations.NullMarked;
