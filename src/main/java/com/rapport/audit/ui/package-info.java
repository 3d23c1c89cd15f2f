/** The admins' audit log screen. */
@NullMarked
package com.rapport.audit.ui;

import org.jspecify.annotations.NullMarked;
