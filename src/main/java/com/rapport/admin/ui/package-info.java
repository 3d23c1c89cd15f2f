/** The admins' people and teams screens. */
@NullMarked
package com.rapport.admin.ui;

import org.jspecify.annotations.NullMarked;
