/** Progress per career tier: certification, recency-weighted proficiency per criterion, what to practise next. */
@NullMarked
package com.rapport.progress;

import org.jspecify.annotations.NullMarked;
