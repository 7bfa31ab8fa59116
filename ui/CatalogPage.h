// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CatalogData.h"
#include "core/Scenario.h"

#include <QWidget>

#include <map>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

class QAbstractItemModel;
class QBoxLayout;
class QComboBox;
class QHBoxLayout;
class QLayout;
class QLineEdit;
class QPushButton;

namespace localrig::ui {

class CatalogFilterProxy;
class CatalogTableView;

// The shape every catalog page shares (as Hotspot's pages share theirs): a filter bar, a sortable table
// with its action buttons, and the selected row's details panel under it. A page supplies its filters,
// model, buttons and panel; the page-level context and the preferences' scenario live here.
class CatalogPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogPage)

public:
    ~CatalogPage() override;

    // Sessions, KV-cache type and headroom from the preferences; the context stays the page's own.
    void setBaseScenario(const core::Scenario& scenario);
    core::Scenario scenario() const;

protected:
    CatalogPage(const QString& objectName, QWidget* parent);

    // Filter bar pieces, in tab order: a labelled search field, a labelled choice, the context choice
    // (changes call applyScenario()), a memory-size choice ("any" first).
    QLineEdit* addSearch(QBoxLayout* row, const QString& label, const QString& objectName, const QString& placeholder);
    QComboBox* addChoice(QBoxLayout* row, const QString& label, const QString& objectName);
    QComboBox* addContextChoice(QBoxLayout* row, const QString& label, const QString& objectName,
                                const QString& toolTip);
    QComboBox* addMemoryChoice(QBoxLayout* row, const QString& label, const QString& objectName, const QString& any,
                               std::span<const int> gibSizes);
    // The table over `proxy` (whose source is `source`), sorted by `sortColumn`.
    CatalogTableView* setTable(QAbstractItemModel* source, CatalogFilterProxy* proxy, const QString& objectName,
                               int sortColumn);
    QPushButton* addAction(const QString& text, const QString& objectName);
    void addActionStretch();
    // Lays the page out: `filters` on top, then the table and its buttons over `details`.
    void assemble(QLayout* filters, QWidget* details);

    CatalogTableView* view() const { return m_view; }
    // The selected row in the source model's numbering; -1 when none.
    int currentSourceRow() const;
    // Selects `sourceRow` (the first visible row when it is -1 or filtered out), then showCurrent().
    void selectSourceRow(int sourceRow);

    // The selected row changed, or the rows did.
    virtual void showCurrent() = 0;
    // The context or the base scenario changed.
    virtual void applyScenario() = 0;

    // Refills a filter choice with "all" first and `items` (text, key) after, keeping the chosen key.
    static void refillChoice(QComboBox* choice, const QString& all,
                             const std::vector<std::pair<QString, QString>>& items);
    // The GiB a memory choice holds; nullopt for "any".
    static std::optional<double> chosenGiB(const QComboBox* choice);
    // Rows the user added carry the source "user" (db::SourceInfo).
    static bool isUserEntry(const std::map<std::string, Provenance>& provenance, const std::string& id);

private:
    void addFocus(QWidget* widget);

    core::Scenario m_base;
    QComboBox* m_context = nullptr;
    CatalogFilterProxy* m_proxy = nullptr;
    CatalogTableView* m_view = nullptr;
    QWidget* m_tablePane = nullptr;
    QHBoxLayout* m_actions = nullptr;
    std::vector<QWidget*> m_focusOrder;
};

} // namespace localrig::ui
