/** Managers' review: the team dashboard, drill-down to single attempts, and exports (CSV, xAPI). */
@NullMarked
package com.rapport.review;

import org.jspecify.annotations.NullMarked;
