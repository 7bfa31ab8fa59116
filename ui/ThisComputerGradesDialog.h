// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CatalogData.h"
#include "core/Platform.h"

#include <QDate>
#include <QDialog>

#include <optional>

class QLabel;
class QTableView;

namespace localrig::ui {

class ThisComputerGradesModel;

// "What runs here": this computer against each of the catalog's workloads, graded as the Plan page grades a
// machine for that one workload with its default inputs (core::gradeMachine), and the smallest upgrade for
// each workload it does not do well. `measuredOn` is the day its bandwidth was measured, when it was.
class ThisComputerGradesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThisComputerGradesDialog)

public:
    ThisComputerGradesDialog(const core::Platform& machine, const CatalogData& catalog, std::optional<QDate> measuredOn,
                             QWidget* parent = nullptr);

    ThisComputerGradesModel* gradesModel() const { return m_model; }
    QTableView* table() const { return m_table; }

private:
    QLabel* m_machine = nullptr;
    QLabel* m_summary = nullptr;
    QTableView* m_table = nullptr;
    ThisComputerGradesModel* m_model = nullptr;
};

} // namespace localrig::ui
