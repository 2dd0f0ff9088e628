@echo off
rem Build HoSo for Windows: the PyInstaller one-folder app, then the Inno Setup installer, then sums + signature.
rem Run from a "Developer" or plain cmd.exe in the checkout root on a Windows 10/11 x64 build machine:
rem   installer\windows\build.cmd [RELEASE_KEY]
rem Needs: Python 3.11 x64 from python.org (with the py launcher), Inno Setup 6.3+ (ISCC.exe), and either Internet
rem access for pip or a wheelhouse folder given as WHEELS=... (pip then installs with --no-index from there).
rem Outputs in installer\dist-win\: pyi-dist\hoso\ (the app), release\HoSo-Setup-VERSION.exe, SHA256SUMS(.sig).
setlocal EnableExtensions
set "ROOT=%~dp0..\.."
pushd "%ROOT%" || exit /b 1
set "OUT=installer\dist-win"
set "KEY=%~1"
if not defined ISCC set "ISCC=%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe"
for /f "tokens=2 delims==" %%V in ('findstr /b "__version__" app\__init__.py') do set "VERSION=%%~V"
set "VERSION=%VERSION: =%"
set "VERSION=%VERSION:"=%"

echo == build venv
if not exist "%OUT%\venv\Scripts\python.exe" py -3.11 -m venv "%OUT%\venv" || goto :fail
set "PIPSRC="
if defined WHEELS set "PIPSRC=--no-index --find-links %WHEELS%"
"%OUT%\venv\Scripts\python.exe" -m pip install -q --require-hashes --only-binary=:all: %PIPSRC% -r installer\requirements.lock -r installer\requirements-build.lock || goto :fail

echo == pyinstaller
set QT_QPA_PLATFORM=offscreen
"%OUT%\venv\Scripts\python.exe" -m PyInstaller --noconfirm --clean --log-level WARN --distpath "%OUT%\pyi-dist" --workpath "%OUT%\pyi-work" installer\hoso.spec || goto :fail

echo == frozen self-test
"%OUT%\pyi-dist\hoso\hoso.exe" self-test || goto :fail

echo == inno setup
if exist "%OUT%\release" rmdir /s /q "%OUT%\release"
mkdir "%OUT%\release"
"%ISCC%" /Q /DAppVersion=%VERSION% /DSourceDir="%CD%\%OUT%\pyi-dist\hoso" /DIconFile="%CD%\%OUT%\pyi-work\hoso\icons\hoso.ico" /O"%CD%\%OUT%\release" installer\windows\hoso.iss || goto :fail

echo == sign
if not defined KEY (
    if not exist "%OUT%\dev-key\hoso-release.key" "%OUT%\venv\Scripts\python.exe" -m app.release keygen "%OUT%\dev-key" || goto :fail
    set "KEY=%OUT%\dev-key\hoso-release.key"
    echo !! No release key given: signed with a throw-away key - NOT for distribution.
)
"%OUT%\venv\Scripts\python.exe" -m app.release sign "%OUT%\release" --key "%KEY%" || goto :fail
"%OUT%\pyi-dist\hoso\hoso.exe" verify-release "%OUT%\release" --key "%KEY:.key=.pub%" || goto :fail
echo == done: %OUT%\release
popd
exit /b 0
:fail
echo BUILD FAILED
popd
exit /b 1
