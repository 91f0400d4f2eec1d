from __future__ import annotations

from fastapi import APIRouter, Response

from service.ceasefires import repository, service
from service.ceasefires.models import Ceasefire
from service.ceasefires.schemas import CeasefireIn, CeasefireList, CeasefireOut
from service.db import utcnow
from service.deps import AdminDep, ReadDep, SessionDep

router = APIRouter(prefix="/api/v1/ceasefires", tags=["ceasefires"])


def out(ceasefire: Ceasefire) -> CeasefireOut:
    return CeasefireOut.model_validate(ceasefire)


@router.get("", response_model=CeasefireList)
def list_ceasefires(session: SessionDep, _: ReadDep) -> CeasefireList:
    return CeasefireList(ceasefires=[out(c) for c in repository.list_all(session)])


@router.post("", status_code=201, response_model=CeasefireOut)
def add_ceasefire(body: CeasefireIn, session: SessionDep, _: AdminDep) -> CeasefireOut:
    return out(service.create(session, body=body, now=utcnow()))


@router.get("/{ceasefire_id}", response_model=CeasefireOut)
def show_ceasefire(ceasefire_id: int, session: SessionDep, _: ReadDep) -> CeasefireOut:
    return out(service.get(session, ceasefire_id))


@router.put("/{ceasefire_id}", response_model=CeasefireOut)
def replace_ceasefire(ceasefire_id: int, body: CeasefireIn, session: SessionDep, _: AdminDep) -> CeasefireOut:
    return out(service.replace(session, ceasefire_id=ceasefire_id, body=body, now=utcnow()))


@router.delete("/{ceasefire_id}", status_code=204)
def remove_ceasefire(ceasefire_id: int, session: SessionDep, _: AdminDep) -> Response:
    service.delete(session, ceasefire_id=ceasefire_id)
    return Response(status_code=204)
