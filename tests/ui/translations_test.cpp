#include "mainwindow.h"
#include "models/customertablemodel.h"
#include "translations.h"
#include "uitestsupport.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QListWidget>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace tenure::ui;
using C = CustomerTableModel;
using namespace Qt::StringLiterals;

// Readable QStrings in failure messages.
static void PrintTo(const QString& text, std::ostream* os) {
    *os << '"' << text.toStdString() << '"';
}

namespace {

class TranslationsTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { tenure::test::ensureApplication(); }

    // Each test leaves the application untranslated, as it found it.
    void TearDown() override {
        for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }

    static QString sidebarText() {
        const MainWindow window;
        const auto* sidebar = window.findChild<QListWidget*>(u"sidebar"_s);
        return sidebar ? sidebar->item(MainWindow::Accounts)->text() : QString();
    }

    static QString header(int column) {
        const C model;
        return model.headerData(column, Qt::Horizontal).toString();
    }

    static bool hasQtTranslation(const QString& language) {
        return QFileInfo::exists(QDir(QLibraryInfo::path(QLibraryInfo::TranslationsPath))
                                     .filePath(u"qtbase_"_s + language + u".qm"_s));
    }
};

TEST_F(TranslationsTest, TheQmFilesAreBuiltWhereTheExecutablesFindThem) {
    for (const QString& language : {u"ja"_s, u"zh_CN"_s})
        EXPECT_TRUE(
            QFileInfo::exists(QDir(translationsFolder()).filePath(u"tenure_"_s + language + u".qm"_s)))
            << language.toStdString() << " in " << translationsFolder().toStdString();
}

TEST_F(TranslationsTest, JapaneseFromTheSystemsFirstLanguage) {
    // QLocale::system().uiLanguages() for LANG=ja_JP.UTF-8.
    EXPECT_EQ(installTranslators({u"ja-JP"_s, u"ja-Jpan-JP"_s, u"ja"_s}), u"ja_JP"_s);
    EXPECT_EQ(sidebarText(), u"アカウント"_s);
    EXPECT_EQ(header(C::CustomerId), u"顧客 ID"_s);
    EXPECT_EQ(header(C::ChurnDate), u"解約日"_s);
    // Qt's own strings (standard buttons, file dialogs) in the same language, when installed.
    EXPECT_EQ(qApp->findChildren<QTranslator*>().size(), hasQtTranslation(u"ja"_s) ? 2 : 1);
}

TEST_F(TranslationsTest, SimplifiedChinese) {
    EXPECT_EQ(installTranslators({u"zh-CN"_s, u"zh-Hans-CN"_s, u"zh"_s}), u"zh_CN"_s);
    EXPECT_EQ(sidebarText(), u"账户"_s);
    EXPECT_EQ(header(C::Status), u"状态"_s);
}

TEST_F(TranslationsTest, EnglishFirstLoadsNothingEvenWithATranslatedLanguageAfterIt) {
    EXPECT_EQ(installTranslators({u"en-US"_s, u"ja-JP"_s}), QString());
    EXPECT_TRUE(qApp->findChildren<QTranslator*>().isEmpty());
    EXPECT_EQ(sidebarText(), u"Accounts"_s);
    EXPECT_EQ(installTranslators({u"C"_s}), QString());
}

TEST_F(TranslationsTest, ALanguageWithoutATranslationGivesWayToTheNextOne) {
    // LANGUAGE=fr:zh_CN: no French, so Chinese, and not Qt's French with English text.
    EXPECT_EQ(installTranslators({u"fr-FR"_s, u"fr"_s, u"zh-CN"_s}), u"zh_CN"_s);
    EXPECT_EQ(sidebarText(), u"账户"_s);
}

TEST_F(TranslationsTest, TraditionalChineseIsNotGivenSimplifiedChinese) {
    EXPECT_EQ(installTranslators({u"zh-TW"_s, u"zh-Hant-TW"_s, u"zh"_s}), QString());
    EXPECT_EQ(sidebarText(), u"Accounts"_s);
}

} // namespace
