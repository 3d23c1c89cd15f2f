package com.rapport.scoring;

/**
 * One normalised word of a reply (lower case, contractions expanded) and where it stands in the original text. A
 * contraction yields several tokens that share the span of the word they came from; punctuation that ends a
 * clause is kept as a boundary token.
 */
record Token(String word, int start, int end, boolean boundary) {
}
