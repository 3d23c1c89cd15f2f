@NullMarked
package com.rapport.review.ui;

import org.jspecify.annotations.NullMarked;
