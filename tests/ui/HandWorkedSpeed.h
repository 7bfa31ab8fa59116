// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/SpeedCalibration.h"

#include <QString>
#include <QtGlobal>

namespace localrig::test {

// The fitted Metal dense constants (core/calibration/speed-calibration.csv) applied by hand:
// t = (weights + kv_factor x KV) / (eta x bandwidth) + layers x t_layer + t_fixed; band = t/s x [low, high];
// shown rounded to whole tokens/s, as the catalog pages show it.
inline QString metalDenseBand(double weightBytes, double kvBytes, int layers, double bandwidthBytesPerSecond)
{
    const core::DecodeCalibration& c = core::SpeedCalibration::fitted().decode(core::Backend::Metal, false);
    const double tps = 1.0
        / ((weightBytes + c.kvFactor * kvBytes) / (c.efficiency * bandwidthBytesPerSecond) + layers * c.secondsPerLayer
           + c.fixedSecondsPerToken);
    const auto whole = [](double v) { return QString::number(qRound(v)); };
    return QStringLiteral("%1 tokens/s (%2\u2013%3)")
        .arg(whole(tps), whole(tps * c.lowRatio), whole(tps * c.highRatio));
}

} // namespace localrig::test
