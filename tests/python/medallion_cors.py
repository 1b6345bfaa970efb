"""OASIS medallion with CORS, for the browser push test (tests/e2e/console_browser.rs): the
console's page pushes to the TAXII server from another origin, which real deployments allow in
the TAXII server or its reverse proxy. Usage: medallion_cors.py CONFIG PORT. Test use only: it
echoes any Origin back."""

import sys

from flask import request
from medallion import load_app

config, port = sys.argv[1], int(sys.argv[2])
app = load_app(config)


@app.after_request
def cors(response):
    origin = request.headers.get("Origin")
    if origin:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Headers"] = "Authorization, Content-Type, Accept"
        response.headers["Access-Control-Allow-Methods"] = "GET, POST"
    return response


app.run(host="127.0.0.1", port=port)
