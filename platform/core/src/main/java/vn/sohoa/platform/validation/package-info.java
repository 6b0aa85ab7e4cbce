/** Constraints shared by the request bodies of several features. */
package vn.sohoa.platform.validation;
