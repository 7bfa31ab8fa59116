// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartStyle.h"
#include "core/Recommender.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <vector>

class QChart;

namespace localrig::ui {

struct PriceSpeedPoint
{
    QString name;
    double priceUsd = 0.0;
    double tokensPerSecond = 0.0; // expected decode speed of the plan's slowest model on this machine
    QString modelName; // that model
};

// Price against expected decode speed for every machine that runs all of the plan's models, with the
// Pareto front (no other machine is at once cheaper and faster) drawn as a line through its points.
class PriceSpeedChart
{
    Q_DECLARE_TR_FUNCTIONS(PriceSpeedChart)

public:
    // Priced machines on which no model is "won't fit"; speeds as the core estimated them.
    static std::vector<PriceSpeedPoint> points(const std::vector<core::PlatformAssessment>& machines,
                                               const std::vector<core::ModelNeed>& models);
    // Indices of the points on the Pareto front, cheapest first. A point is on it unless another is at most
    // as expensive and at least as fast, and strictly better in one of the two; of exact ties, the first.
    static std::vector<std::size_t> paretoFront(const std::vector<PriceSpeedPoint>& points);
    static std::unique_ptr<QChart> build(const std::vector<PriceSpeedPoint>& points, const ChartStyle& style);
    static QString machinesSeriesName() { return QStringLiteral("machinesScatter"); }
    static QString frontSeriesName() { return QStringLiteral("paretoFrontLine"); }
    static QString frontPointsSeriesName() { return QStringLiteral("paretoFrontPoints"); }
};

} // namespace localrig::ui
