@NullMarked
package com.rapport.scoring;

import org.jspecify.annotations.NullMarked;
