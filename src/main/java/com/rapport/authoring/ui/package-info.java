@NullMarked
package com.rapport.authoring.ui;

import org.jspecify.annotations.NullMarked;
