/** Reading UD dependency trees of our own {@link org.dateline.model.Sentence}s: heads, children, subtrees. */
package org.dateline.extract.syntax;
