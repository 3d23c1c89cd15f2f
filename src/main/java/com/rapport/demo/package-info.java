/** The demo team: believable trainees with histories played through the real scorer, for a first look. */
@NullMarked
package com.rapport.demo;

import org.jspecify.annotations.NullMarked;
