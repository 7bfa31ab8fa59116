// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QListWidget;
class QSettings;
class QStackedWidget;

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
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum Page { Plan, Compare, Models, Hardware, Guide, PageCount };

    MainWindow(CatalogSource& source, QSettings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    PlanPage* planPage() const { return m_plan; }
    void showPage(Page page);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createPages();
    void createMenus();
    void restoreSession();
    void saveSession();
    void applyPreferences(const Preferences& preferences);
    void refreshCatalog();
    void updateStatus();
    void exportRecommendation();
    void importCatalog();
    void exportCatalog();
    void showPreferences();
    void showAbout();

    CatalogSource& m_source;
    QSettings& m_settings;
    QListWidget* m_pageList = nullptr;
    QStackedWidget* m_stack = nullptr;
    PlanPage* m_plan = nullptr;
    ComparePage* m_compare = nullptr;
    ModelsPage* m_models = nullptr;
    HardwarePage* m_hardware = nullptr;
    GuidePage* m_guide = nullptr;
};

} // namespace localrig::ui
