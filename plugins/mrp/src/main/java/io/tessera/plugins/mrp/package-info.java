/**
 * The MRP module: bills of materials with low-level codes ({@code bom}), work centers and routings
 * ({@code routing}), manufacturing orders ({@code production}) and the time-phased MRP run ({@code planning}).
 * Sub-packages depend in one direction: common &lt;- routing &lt;- bom &lt;- production &lt;- planning.
 */
package io.tessera.plugins.mrp;
