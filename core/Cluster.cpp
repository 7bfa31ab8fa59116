// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cluster.h"

#include "Fit.h"
#include "Units.h"

#include <algorithm>

namespace localrig::core {

Result<Platform> clusterOf(const Platform& box, int boxes, const std::string& id, const std::string& name)
{
    BOOST_OUTCOME_TRYV(validated(box));
    if (boxes < 2 || boxes > 4) {
        return makeError(ErrorCode::InvalidInput, "a cluster pools two to four machines");
    }
    if (box.memoryKind != MemoryKind::Unified) {
        return makeError(ErrorCode::InvalidInput, box.name + " is not a unified-memory machine to pool");
    }
    Platform cluster = box;
    cluster.id = id;
    cluster.name = name;
    cluster.shortName = std::to_string(boxes) + "\u00d7 " + box.displayShortName();
    cluster.boxes = boxes;
    cluster.memoryGiB = box.memoryGiB * boxes; // layers split across the boxes: memory pools
    if (box.gpuLimitGiB) {
        cluster.gpuLimitGiB = *box.gpuLimitGiB * boxes;
    }
    // Layers run box after box: the cluster reads at one box's bandwidth (as cards in layer split).
    cluster.loadWatts = box.loadWatts * boxes;
    cluster.idleWatts = box.idleWatts * boxes;
    if (box.priceUsd) {
        cluster.priceUsd = *box.priceUsd * boxes;
    }
    cluster.portable = false;
    return cluster;
}

Platform withPerBoxReserve(const Platform& cluster, const SizingConstants& constants)
{
    Platform view = cluster;
    if (cluster.boxes <= 1) {
        return view;
    }
    const double box = cluster.memoryGiB / cluster.boxes;
    if (!view.gpuLimitGiB) {
        Platform one = cluster;
        one.memoryGiB = box;
        one.gpuLimitGiB.reset();
        // Each box's GPU may use what one machine's may (Metal working set, or RAM less the OS reserve).
        view.gpuLimitGiB = gpuUsableBytes(one, constants) / kBytesPerGiB * cluster.boxes;
    }
    // Fit.cpp takes one OS reserve off the pool; the other boxes keep theirs too.
    view.memoryGiB = std::max(0.0, cluster.memoryGiB - (cluster.boxes - 1) * constants.osReserveBytes / kBytesPerGiB);
    return view;
}

SpeedBand clusterBand(const SpeedBand& band)
{
    return SpeedBand{band.low * kClusterLowFactor, band.expected, band.high};
}

} // namespace localrig::core
