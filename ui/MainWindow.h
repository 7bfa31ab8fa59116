// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PageStack.h"
#include "PlanCalculator.h"
#include "core/Scenario.h"

#include <QMainWindow>

class QSettings;

namespace localrig::ui {

class CatalogSource;
class ComparePage;
class GuidePage;
class HardwarePage;
class ModelsPage;
class PlanPage;
struct Preferences;

// The application's shell: a page switcher, menus and the status bar. Pages own their work and talk
// through signals; the window only wires them and keeps its geometry and last scenario in QSettings.
// The Plan page is built with the window; every other page on first show or first request (PageStack).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum Page { Plan, Compare, Models, Hardware, Guide, PageCount };

    MainWindow(CatalogSource& source, QSettings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    PlanPage* planPage() const { return m_plan; }
    // A page (ComparePage, ModelsPage, HardwarePage, GuidePage), built now if it was not yet.
    template <typename T>
    T* page(Page page)
    {
        return qobject_cast<T*>(m_pages->page(page));
    }
    void showPage(Page page);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    // A page when it has been built; nullptr otherwise.
    template <typename T>
    T* builtPage(Page page) const
    {
        return qobject_cast<T*>(m_pages->builtPage(page));
    }
    void createPages();
    QWidget* createPage(Page page, QWidget* parent);
    void createMenus();
    void restoreGeometryOrFit();
    void restoreSession();
    void saveSession();
    // Shows money in the preferred currency and works the plan out from `inputs` with the preferences' figures.
    void applyPreferences(const Preferences& preferences, PlanInputs inputs);
    void refreshCatalog();
    void updateStatus();
    void showPreferences();
    void showAbout();

    CatalogSource& m_source;
    QSettings& m_settings;
    core::Scenario m_catalogScenario; // the preferences' part, for the Models and Hardware pages
    PageStack* m_pages = nullptr;
    PlanPage* m_plan = nullptr;
};

} // namespace localrig::ui
