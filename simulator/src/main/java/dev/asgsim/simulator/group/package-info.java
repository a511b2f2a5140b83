/** The group's instances as cohorts in primitive arrays: lifecycle clocks, health, victims, CPU and credits. */
package dev.asgsim.simulator.group;
