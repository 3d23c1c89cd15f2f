@NullMarked
package com.rapport.security.ui;

import org.jspecify.annotations.NullMarked;
