/**
 * The embedded Infinispan cache manager every replica runs, clustered over JGroups. A lone node runs
 * the same configuration as a cluster of one.
 */
package vn.sohoa.platform.cluster;
