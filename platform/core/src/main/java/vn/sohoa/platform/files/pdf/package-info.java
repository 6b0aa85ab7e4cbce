/**
 * PDF documents of every feature (certificates, reports): the embedded font that covers Vietnamese, so a
 * document reads the same on any device and its text can be extracted and searched.
 */
package vn.sohoa.platform.files.pdf;
