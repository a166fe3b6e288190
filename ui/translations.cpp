#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace tenure::ui {

namespace {

// Loads prefix_<language>.qm from the folder, trying "zh_CN" before "zh" (QTranslator's
// fallbacks), and installs it; the translator lives as long as the application.
bool install(const QString& prefix, const QString& language, const QString& folder) {
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(prefix % u'_' % language, folder) ||
        !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return false;
    }
    return true;
}

} // namespace

QString translationsFolder() {
    // TENURE_TRANSLATIONS_FROM_BIN: the install tree's translations folder relative to its
    // executables' folder (CMake); the build tree has the same layout.
    return QDir::cleanPath(QCoreApplication::applicationDirPath() % u'/' %
                           QStringLiteral(TENURE_TRANSLATIONS_FROM_BIN));
}

QString installTranslators(const QStringList& languages) {
    const QString folder = translationsFolder();
    // The user's languages in order of preference; the first that is English (or C) or that
    // Tenure has a translation for decides.
    for (QString language : languages) {
        language.replace(u'-', u'_');
        const QLocale::Language spoken = QLocale(language).language();
        if (spoken == QLocale::English || spoken == QLocale::C) return {};
        if (!install(QStringLiteral("tenure"), language, folder)) continue;
        install(QStringLiteral("qtbase"), language, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        return language;
    }
    return {};
}

} // namespace tenure::ui
