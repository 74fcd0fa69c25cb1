/** Extension points of the validator, found with {@link java.util.ServiceLoader}. */
package dev.calicokit.schemas.spi;
