@NullMarked
package com.rapport.security;

import org.jspecify.annotations.NullMarked;
