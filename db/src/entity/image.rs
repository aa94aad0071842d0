//! An uploaded image, already checked and re-encoded as JPEG.

use sea_orm::entity::prelude::*;

/// One row of `image`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "image")]
pub struct Model {
    /// Random key, part of the image's address.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    /// The JPEG.
    pub bytes: Vec<u8>,
    /// When it was uploaded, UTC.
    pub created_at: DateTimeUtc,
}

/// No relations are declared; projects name the image by its path.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
