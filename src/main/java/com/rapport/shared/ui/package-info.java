/**
 * UI pieces that several features' views show, each built on one feature's API: a debrief, a list of attempts, a
 * trainee's progress. Views of any feature may use them; they use no view.
 */
@NullMarked
package com.rapport.shared.ui;

import org.jspecify.annotations.NullMarked;
