/**
 * Charts rendered on the server as SVG — {@link io.tessera.ui.kit.chart.BarChart} and
 * {@link io.tessera.ui.kit.chart.LineChart} — shown through Flow's core {@code Svg} component: no
 * client-side charting library, no frontend build. Every chart carries an accessible
 * {@code <title>}/{@code <desc>}, a {@code <title>} tooltip per mark, axes or a legend, and escapes
 * every text it is given.
 */
package io.tessera.ui.kit.chart;
