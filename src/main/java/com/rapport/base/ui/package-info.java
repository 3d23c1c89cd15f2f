@NullMarked
package com.rapport.base.ui;

import org.jspecify.annotations.NullMarked;
