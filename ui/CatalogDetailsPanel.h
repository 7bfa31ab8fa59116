// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Scenario.h"
#include "core/SpeedCalibration.h"

#include <QWidget>

class QBoxLayout;
class QLabel;
class QTreeWidget;

namespace localrig::ui {

// The shape of a catalog page's details panel: a title, a one-line summary, then two columns of
// headed lists. A panel supplies its columns and refresh(); the scenario and a palette switch refresh it.
class CatalogDetailsPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogDetailsPanel)

public:
    ~CatalogDetailsPanel() override;

    void setScenario(const core::Scenario& scenario);
    const core::Scenario& scenario() const { return m_scenario; }

protected:
    // Object names: `prefix` + "DetailsPanel", "TitleLabel", "SummaryLabel" ("model", "platform").
    CatalogDetailsPanel(const QString& prefix, QWidget* parent);

    // Verdict colours follow a switch between a light and a dark palette.
    void changeEvent(QEvent* event) override;
    virtual void refresh() = 0;

    // Title and summary above two columns, stretched `leftStretch` : `rightStretch`.
    void setColumns(QBoxLayout* left, int leftStretch, QBoxLayout* right, int rightStretch);
    QLabel* heading(const QString& objectName);
    // A column of `heading` (the buddy of `content`) over `content`, which takes the height.
    static QBoxLayout* headedColumn(QLabel* heading, QWidget* content);
    // A flat list with sortable-looking columns; the first stretches and elides at its end.
    QTreeWidget* list(const QString& objectName, const QStringList& headers);
    bool isDark() const;
    const core::SpeedCalibration& calibration() const { return m_calibration; }
    QLabel* title() const { return m_title; }
    QLabel* summary() const { return m_summary; }

private:
    core::Scenario m_scenario;
    core::SpeedCalibration m_calibration = core::SpeedCalibration::fitted();
    QLabel* m_title = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace localrig::ui
