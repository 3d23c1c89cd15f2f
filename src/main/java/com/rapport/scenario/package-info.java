@NullMarked
package com.rapport.scenario;

import org.jspecify.annotations.NullMarked;
