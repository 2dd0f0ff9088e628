@echo off
rem Install HoSo from this offline wheelhouse (no network: pip looks only in .\wheels and checks every wheel's hash).
rem   install-windows.cmd [TARGET]    default TARGET: %LOCALAPPDATA%\HoSo\app   (needs Python 3.11, 3.12 or 3.13, 64-bit,
rem   installed from python.org's offline installer with the "py" launcher)
rem Then run TARGET\Scripts\hoso.exe (GUI) or TARGET\Scripts\hoso.exe self-test.
setlocal
set "HERE=%~dp0"
set "TARGET=%~1"
if "%TARGET%"=="" set "TARGET=%LOCALAPPDATA%\HoSo\app"
set "PY="
for %%V in (3.11 3.12 3.13) do (
    if not defined PY (
        py -%%V -c "import sys" >nul 2>&1 && set "PY=py -%%V"
    )
)
if not defined PY (
    echo Can Python 3.11-3.13 / Python 3.11-3.13 64-bit is needed ^(py launcher^)
    exit /b 1
)
%PY% -m venv "%TARGET%" || exit /b 1
"%TARGET%\Scripts\python.exe" -m pip install --no-index --find-links "%HERE%wheels" --require-hashes --only-binary=:all: --no-cache-dir --disable-pip-version-check -q -r "%HERE%requirements.lock" || exit /b 1
echo Da cai HoSo vao %TARGET% / installed into %TARGET%
echo Chay / run: "%TARGET%\Scripts\hoso.exe"    Tu kiem tra / self-test: "%TARGET%\Scripts\hoso.exe" self-test
endlocal
