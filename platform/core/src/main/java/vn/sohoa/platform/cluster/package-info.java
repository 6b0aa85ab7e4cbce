/**
 * The embedded Infinispan cache manager every replica runs, clustered over JGroups, and
 * {@link vn.sohoa.platform.cluster.ReadThroughCache}, through which a cache filled from the database never
 * keeps a value that an invalidation overtook. A lone node runs the same configuration as a cluster of one.
 */
package vn.sohoa.platform.cluster;
