/** What admins run the installation with: the people and teams screens (the audit log is its own feature). */
@NullMarked
package com.rapport.admin;

import org.jspecify.annotations.NullMarked;
