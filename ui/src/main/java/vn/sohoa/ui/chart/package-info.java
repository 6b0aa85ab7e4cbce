/**
 * Charts for every feature's pages: one Apache ECharts component that draws an option document built in
 * Java, so no feature writes its own script.
 */
package vn.sohoa.ui.chart;
