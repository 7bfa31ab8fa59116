// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/MachineGrades.h"
#include "ui/CatalogData.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTextStream>

#include <vector>

namespace localrig::app {

// `localrig detect --grades`: this computer's grade per workload (core::gradeMachine) and the smallest
// upgrade, as lines for people and as JSON.
class DetectGrades
{
    Q_DECLARE_TR_FUNCTIONS(DetectGrades)

public:
    static QJsonArray toJson(const std::vector<core::WorkloadGrade>& grades, const ui::CatalogData& catalog);
    static void print(const std::vector<core::WorkloadGrade>& grades, const ui::CatalogData& catalog, QTextStream& out);
};

} // namespace localrig::app
