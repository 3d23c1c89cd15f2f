@NullMarked
package com.rapport.practice.ui;

import org.jspecify.annotations.NullMarked;
