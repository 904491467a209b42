/** Record linkage: normalise, block, compare, score and cluster records of any kind. */
package ca.harbour.linkage;
