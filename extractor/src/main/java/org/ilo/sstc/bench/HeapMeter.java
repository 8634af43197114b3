package org.ilo.sstc.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** Heap figures from the JVM's memory pools. */
final class HeapMeter {
    private static final double MB = 1024.0 * 1024.0;

    private HeapMeter() {
    }

    /** Starts the peaks afresh. */
    static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peak use since the last reset, in MB (an upper bound: pools peak at different moments). */
    static double peakMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / MB;
    }

    /** Heap in use right after a full collection, in MB: what the process really keeps. */
    static double afterGcMb() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / MB;
    }

    /** The most heap the JVM may use, in MB. */
    static double maxMb() {
        return Runtime.getRuntime().maxMemory() / MB;
    }
}
