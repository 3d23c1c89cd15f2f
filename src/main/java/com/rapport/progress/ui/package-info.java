@NullMarked
package com.rapport.progress.ui;

import org.jspecify.annotations.NullMarked;
