/** Teams of trainees led by managers, and the scenarios managers assign them with a due date. */
@NullMarked
package com.rapport.team;

import org.jspecify.annotations.NullMarked;
