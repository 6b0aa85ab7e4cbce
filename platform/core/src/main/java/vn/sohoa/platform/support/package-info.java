/**
 * The citizen support log: every time a community team helps citizens (VNeID activation, online public
 * services, cashless payment, ...) it records what, where, when and for how many people — never who.
 */
package vn.sohoa.platform.support;
