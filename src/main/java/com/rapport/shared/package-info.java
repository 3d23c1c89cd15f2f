/** What every feature may use beside the UI pieces: the rules for the files Rapport writes (CSV cells). */
@NullMarked
package com.rapport.shared;

import org.jspecify.annotations.NullMarked;
